import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { lists as en } from '../../i18n/en/lists.ts';
import { lists as zh } from '../../i18n/zh-CN/lists.ts';

// This feature's texts load with its chunk, not with the first screen.
addFeatureStrings('lists', zh, en);
