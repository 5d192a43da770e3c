import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { recruitment as en } from '../../i18n/en/recruitment.ts';
import { recruitment as zh } from '../../i18n/zh-CN/recruitment.ts';

// The recruitment screens' texts load with their chunk.
addFeatureStrings('recruitment', zh, en);
