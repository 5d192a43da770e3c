/**
 * China Standard Time, in which the app shows and counts every date (docs/domain.md "Language"): UTC+8
 * all year, with no daylight saving since 1991, so a fixed offset is exact and needs no time-zone
 * database on the phone or the server.
 */
export const CST_OFFSET_MS = 8 * 3600_000;
