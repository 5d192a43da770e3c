import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { transfers as en } from '../../i18n/en/transfers.ts';
import { transfers as zh } from '../../i18n/zh-CN/transfers.ts';

// The membership-change screens' texts load with their chunk.
addFeatureStrings('transfers', zh, en);
