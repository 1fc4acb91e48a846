// Public API of the registers-xlsx capability: other capabilities import only this file.
// Excel import and export of the registers.
export {};
