import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { reports as en } from '../../i18n/en/reports.ts';
import { reports as zh } from '../../i18n/zh-CN/reports.ts';

// The reports' texts load with their chunk, not with the first screen.
addFeatureStrings('reports', zh, en);
