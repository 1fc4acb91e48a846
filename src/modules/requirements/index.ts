// Public API of the requirements capability: other capabilities import only this file.
// Requirement catalogues (J.1–J.11) and self-assessments.
export {};
