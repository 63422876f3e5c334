import { describe, expect, it } from 'vitest';
import { drawSvg, type SvgCanvas } from '../../src/brief/svg-pdf.js';

/** A stand-in for a pdfkit document that records what is drawn; text is 5 units per character. */
function recorder() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]): SvgCanvas => {
      calls.push(`${name}(${args.map((a) => (typeof a === 'object' ? JSON.stringify(a) : String(a))).join(', ')})`);
      return canvas;
    };
  const canvas: SvgCanvas = {
    save: record('save'),
    restore: record('restore'),
    translate: record('translate'),
    rotate: record('rotate'),
    scale: record('scale'),
    path: record('path'),
    rect: record('rect'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    fillColor: record('fillColor'),
    strokeColor: record('strokeColor'),
    lineWidth: record('lineWidth'),
    miterLimit: record('miterLimit'),
    dash: record('dash'),
    undash: record('undash'),
    fill: record('fill'),
    stroke: record('stroke'),
    fillAndStroke: record('fillAndStroke'),
    font: record('font'),
    fontSize: record('fontSize'),
    widthOfString: (text: string) => text.length * 5,
    text: record('text'),
  };
  return { canvas, calls };
}

const font = (family: string, bold: boolean) => {
  if (family !== 'Noto Sans SC') throw new Error(`no font ${family}`);
  return bold ? 'bold' : 'regular';
};

const svgOf = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">${body}</svg>`;

describe('chart SVG to PDF', () => {
  it('places text by its anchor at the baseline Vega wrote, line by line, in the font asked for', () => {
    const { canvas, calls } = recorder();
    const svg = svgOf(
      '<g transform="translate(10,20)"><text text-anchor="middle" transform="translate(40,5)" font-family="Noto Sans SC" font-size="11px" font-weight="bold" fill="#222222">A &amp; B</text>' +
        '<text text-anchor="end" transform="translate(-4,8)" font-family="Noto Sans SC" font-size="9px" fill="#333333"><tspan>one</tspan><tspan x="0" dy="13">three</tspan></text></g>',
    );
    drawSvg(canvas, svg, 50, 60, 0.5, { font });
    expect(calls.slice(0, 3)).toEqual(['save()', 'translate(50, 60)', 'scale(0.5)']);
    // "A & B" is 5 characters, 25 units wide: centred on x = 0 of its own translate.
    expect(calls).toContain('text(A & B, -12.5, 0, {"lineBreak":false,"baseline":"alphabetic"})');
    expect(calls).toContain('font(bold)');
    expect(calls).toContain('fontSize(11)');
    // Right-aligned lines end at x = 0; the second line is 13 units below the first.
    expect(calls).toContain('text(one, -15, 0, {"lineBreak":false,"baseline":"alphabetic"})');
    expect(calls).toContain('text(three, -25, 13, {"lineBreak":false,"baseline":"alphabetic"})');
    expect(calls.filter((c) => c === 'save()').length).toBe(calls.filter((c) => c === 'restore()').length);
  });

  it('paints what has a fill or stroke, and builds nothing for shapes that paint nothing or are hidden', () => {
    const { canvas, calls } = recorder();
    const svg = svgOf(
      '<rect width="100" height="50" fill="#ffffff"/><g fill="none" stroke-miterlimit="4">' +
        '<path class="background" d="M0,0h380v238h-380Z"/>' +
        '<path d="M1,1h5" display="none" stroke="#ff0000"/>' +
        '<g display="none"><path d="M2,2h5" fill="#ff0000"/></g>' +
        '<line transform="translate(49,0)" x2="0" y2="-238" stroke="#e5e5e5" stroke-width="1" opacity="0.5"/>' +
        '<path d="M0,0h10v10h-10Z" fill="#0072b2" stroke="#000000" stroke-dasharray="4,3"/></g>',
    );
    drawSvg(canvas, svg, 0, 0, 1, { font });
    expect(calls).toContain('rect(0, 0, 100, 50)');
    expect(calls).not.toContain('path(M0,0h380v238h-380Z)');
    expect(calls.some((c) => c.includes('M1,1') || c.includes('M2,2'))).toBe(false);
    expect(calls).toContain('strokeColor(#e5e5e5, 0.5)');
    const line = calls.indexOf('moveTo(0, 0)');
    expect(calls.slice(line, line + 2)).toEqual(['moveTo(0, 0)', 'lineTo(0, -238)']);
    expect(calls).toContain('dash([4,3])');
    expect(calls).toContain('fillAndStroke()');
  });

  it('refuses SVG it would draw wrongly, naming what', () => {
    const { canvas } = recorder();
    expect(() => drawSvg(canvas, svgOf('<text transform="scale(2)" font-family="Noto Sans SC">x</text>'), 0, 0, 1, { font })).toThrow(
      /not a translate\(\) or rotate\(\)/,
    );
    expect(() => drawSvg(canvas, svgOf('<g transform="translate(1,2) skewX(10)"></g>'), 0, 0, 1, { font })).toThrow(
      /not a translate\(\) or rotate\(\)/,
    );
    expect(() => drawSvg(canvas, svgOf('<g transform="rotate(45, 1)"></g>'), 0, 0, 1, { font })).toThrow(/rotate\(\) takes/);
    expect(() => drawSvg(canvas, svgOf('<clipPath id="c"><rect width="1" height="1"/></clipPath>'), 0, 0, 1, { font })).toThrow(
      /<clipPath> is not drawn/,
    );
    expect(() => drawSvg(canvas, svgOf('<path d="M0,0h1" fill="url(#g)" filter="url(#f)"/>'), 0, 0, 1, { font })).toThrow(
      /attribute filter on <path>/,
    );
    expect(() => drawSvg(canvas, svgOf('<text font-family="Helvetica" fill="#000000">x</text>'), 0, 0, 1, { font })).toThrow(
      /no font Helvetica/,
    );
    expect(() => drawSvg(canvas, svgOf('<g><path d="M0,0h1" fill="#000000"/>'), 0, 0, 1, { font })).toThrow(/closes|not closed/);
  });

  it('draws rotated text (axis labels at an angle) by translating, then rotating about the label', () => {
    const { canvas, calls } = recorder();
    const svg = svgOf(
      '<g transform="translate(10,20)"><text text-anchor="end" transform="translate(30,5) rotate(315)" font-family="Noto Sans SC" font-size="10px" fill="#000000">abc</text>' +
        '<text transform="rotate(90, 4, 6)" font-family="Noto Sans SC" font-size="10px" fill="#000000">d</text></g>',
    );
    drawSvg(canvas, svg, 0, 0, 1, { font });
    const first = calls.indexOf('translate(30, 5)');
    expect(calls.slice(first, first + 2)).toEqual(['translate(30, 5)', 'rotate(315, {"origin":[0,0]})']);
    expect(calls).toContain('rotate(90, {"origin":[4,6]})');
    expect(calls).toContain('text(abc, -15, 0, {"lineBreak":false,"baseline":"alphabetic"})');
    expect(calls.filter((c) => c === 'save()').length).toBe(calls.filter((c) => c === 'restore()').length);
  });
});
