import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { events as en } from '../../i18n/en/events.ts';
import { events as zh } from '../../i18n/zh-CN/events.ts';

// This feature's texts load with its chunk, not with the first screen.
addFeatureStrings('events', zh, en);
