import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { lessons as en } from '../../i18n/en/lessons.ts';
import { lessons as zh } from '../../i18n/zh-CN/lessons.ts';

// This feature's texts load with its chunk, not with the first screen.
addFeatureStrings('lessons', zh, en);
