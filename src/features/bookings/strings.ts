import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { bookings as en } from '../../i18n/en/bookings.ts';
import { bookings as zh } from '../../i18n/zh-CN/bookings.ts';

// This feature's texts load with its chunk, not with the first screen.
addFeatureStrings('bookings', zh, en);
