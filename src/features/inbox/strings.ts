import { addFeatureStrings } from '../../i18n/feature-strings.ts';
import { inbox as en } from '../../i18n/en/inbox.ts';
import { inbox as zh } from '../../i18n/zh-CN/inbox.ts';

// The inbox's texts load with its chunk; the tab bar's label and count live in `nav`.
addFeatureStrings('inbox', zh, en);
