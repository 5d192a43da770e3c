import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { points as en } from '../../i18n/en/points.ts';
import { points as zh } from '../../i18n/zh-CN/points.ts';

// This feature's texts load with its chunk, not with the first screen.
addFeatureStrings('points', zh, en);
