import { auth as enAuth } from '../../i18n/en/auth.ts';
import { me as enMe } from '../../i18n/en/me.ts';
import { refused as enRefused } from '../../i18n/en/refused.ts';
import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { auth as zhAuth } from '../../i18n/zh-CN/auth.ts';
import { me as zhMe } from '../../i18n/zh-CN/me.ts';
import { refused as zhRefused } from '../../i18n/zh-CN/refused.ts';

// The sign-in and "me" texts (with the list of refused changes) load with their screens, not with the first screen.
addFeatureStrings('auth', zhAuth, enAuth);
addFeatureStrings('me', zhMe, enMe);
addFeatureStrings('refused', zhRefused, enRefused);
