import 'i18next';
import type { zhCN } from './resources.ts';

// zh-CN is the source locale: keys are checked against it at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof zhCN;
  }
}
