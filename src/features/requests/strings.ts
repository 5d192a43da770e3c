import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { requests as en } from '../../i18n/en/requests.ts';
import { requests as zh } from '../../i18n/zh-CN/requests.ts';

// This feature's texts load with its chunk, not with the first screen.
addFeatureStrings('requests', zh, en);
