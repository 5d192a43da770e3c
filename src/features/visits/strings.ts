import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { visits as en } from '../../i18n/en/visits.ts';
import { visits as zh } from '../../i18n/zh-CN/visits.ts';

// The instructor's screens' texts load with their chunk, not with the first screen.
addFeatureStrings('visits', zh, en);
