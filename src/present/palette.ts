/**
 * The project palette: Okabe–Ito, safe for colour-blind readers, in the order charts use it.
 * The brief's charts (src/charts/theme.ts) and the workbook's native charts share it.
 */
export const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'] as const;
