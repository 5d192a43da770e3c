// Runs before the first paint (a classic script in <head>, so the strict CSP needs no inline
// script). It puts the device's display settings on <html>, so the static frame in index.html
// paints in the size, theme and language React will render in (src/app/ui-store.ts keeps them
// under 'lianxin.ui'; src/app/apply-ui-settings.ts applies them once the app runs), and picks the
// frame: the app's bar where someone is signed in on this device ('lianxin.frame', kept by
// src/app/frame-hint.ts), the sign-in heading where nobody is, none on the join and activation
// pages, whose first screens look different.
(function () {
  var root = document.documentElement;
  var signedIn = false;
  try {
    var stored = JSON.parse(localStorage.getItem('lianxin.ui') || 'null');
    var s = stored && stored.state;
    if (s) {
      if (s.textSize === 'large' || s.textSize === 'normal') root.dataset.text = s.textSize;
      if (s.theme === 'contrast' || s.theme === 'default') root.dataset.theme = s.theme;
      if (s.locale === 'en' || s.locale === 'zh-CN') root.lang = s.locale;
    }
    signedIn = localStorage.getItem('lianxin.frame') === 'app';
  } catch {
    // storage blocked or unreadable: the defaults
  }
  var path = location.pathname;
  if (signedIn) root.dataset.frame = 'app';
  else if (!/^\/(join|activate)(\/|$)/.test(path)) root.dataset.frame = 'signin';
})();
