import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { notify as en } from '../../i18n/en/notify.ts';
import { notify as zh } from '../../i18n/zh-CN/notify.ts';

// Notifications, calendar, sharing and the install offer: their texts load with them.
addFeatureStrings('notify', zh, en);
