// PMS activities that happen on a day (実施記録): their kinds and which records count.
export * from "./counting.ts";
export * from "./kinds.ts";
