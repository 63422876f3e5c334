/**
 * The brief's document tree lives in src/present/document.ts, below both renderers (the PDF here
 * and the HTML edition in src/html), which may not import each other.
 */
export * from '../present/document.js';
