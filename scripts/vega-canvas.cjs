'use strict';
/**
 * Stands in for the vega-canvas package inside our bundle (scripts/run.mjs aliases it). Its Node
 * build loads the canvas package with a top-level await, which a CommonJS bundle cannot hold; this
 * does the same with require. Same exports, same behaviour: null when no canvas is installed.
 */
let NodeCanvas = null;
try {
  NodeCanvas = require('canvas');
  if (!NodeCanvas?.createCanvas) NodeCanvas = null;
} catch {
  NodeCanvas = null;
}

function domCanvas() {
  return null;
}

function nodeCanvas(w, h, type) {
  if (!NodeCanvas) return null;
  try {
    return new NodeCanvas.Canvas(w, h, type);
  } catch {
    return null;
  }
}

function canvas(w, h, type) {
  return nodeCanvas(w, h, type);
}

function image() {
  return NodeCanvas?.Image || null;
}

module.exports = { canvas, domCanvas, image, nodeCanvas };
