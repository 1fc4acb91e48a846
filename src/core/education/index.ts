// 教育: the pure rules of the education capability (quiz, material, audiences, fiscal year).
export * from "./audiences.ts";
export * from "./fiscal-year.ts";
export * from "./quiz.ts";
export * from "./sections.ts";
