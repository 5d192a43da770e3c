import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { members as en } from '../../i18n/en/members.ts';
import { members as zh } from '../../i18n/zh-CN/members.ts';

// The members screens' texts load with their chunk (and with /join, /activate and the password form).
addFeatureStrings('members', zh, en);
