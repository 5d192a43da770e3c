import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { admin as en } from '../../i18n/en/admin.ts';
import { admin as zh } from '../../i18n/zh-CN/admin.ts';

// The workbench's texts load with its chunk, not with the first screen.
addFeatureStrings('admin', zh, en);
