/*
 * <sl-bar-chart>: a bar chart drawn with Chart.js into a canvas in the shadow root, for class-level
 * views. The server sets `data` (property or attribute) to a JSON string:
 *
 *   {caption, labels: [...], values: [...], notes: [...],   notes: optional words per bar ("correct")
 *    emphasis: [indexes], marks: [indexes], horizontal: bool, valueLabel: "students"}
 *
 * `emphasis` bars are drawn orange-red (the most-chosen wrong answer, say); `marks` are the "correct"
 * bars: green, striped and with a thick dark border, so that colour is not the only cue. The canvas
 * is an image with a text alternative naming every bar and its value; the page gives the same facts
 * as a table as well (ChartWithTable). No animation, so the chart is drawn at once and stays still.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const PLAIN = { fill: '#5b7db8', border: '#2f4f86', width: 1 };
const EMPHASIS = { fill: '#d9480f', border: '#8a2c06', width: 2 };
const CORRECT = { fill: '#2f9e44', border: '#14532d', width: 3 };
const TEXT = '#374151';
const GRID = '#e5e7eb';
const VERTICAL_HEIGHT = 260;
const ROW_HEIGHT = 34;
const LONGEST_TICK = 36;

/** Diagonal light stripes over green: the "correct" bars read as different in grey scale too. */
function correctPattern() {
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const context = tile.getContext('2d');
  context.fillStyle = CORRECT.fill;
  context.fillRect(0, 0, 10, 10);
  context.strokeStyle = 'rgba(255, 255, 255, 0.55)';
  context.lineWidth = 2.5;
  context.beginPath();
  for (const offset of [-10, 0, 10]) {
    context.moveTo(offset, 10);
    context.lineTo(offset + 10, 0);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') || CORRECT.fill;
}

function shorten(text) {
  return text.length > LONGEST_TICK ? text.slice(0, LONGEST_TICK - 1) + '…' : text;
}

class BarChart extends HTMLElement {
  static get observedAttributes() {
    return ['data'];
  }

  constructor() {
    super();
    this._data = null;
    this._parsed = null;
    this._chart = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;min-width:0}'
        + '.frame{position:relative;width:100%}canvas{display:block}</style>'
        + '<div class="frame" part="frame"><canvas role="img"></canvas></div>';
    this._frame = root.querySelector('.frame');
    this._canvas = root.querySelector('canvas');
  }

  connectedCallback() {
    // The server may have set `data` before this class was defined: take that value over.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const early = this.data;
      delete this.data;
      this.data = early;
    }
    this._render();
  }

  disconnectedCallback() {
    this._destroy();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'data' && newValue !== this._data) this.data = newValue;
  }

  /** The chart's content as the JSON string the server sent. */
  get data() {
    return this._data;
  }

  set data(value) {
    const json = value == null ? null : String(value);
    if (json === this._data) return;
    this._data = json;
    try {
      this._parsed = json ? JSON.parse(json) : null;
    } catch (e) {
      console.error('sl-bar-chart: data is not JSON', e);
      this._parsed = null;
    }
    this._render();
  }

  /** The text alternative of the canvas (for tests and for the page). */
  get summary() {
    return this._canvas.getAttribute('aria-label') || '';
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    this._destroy();
    const spec = this._parsed || {};
    const labels = (spec.labels || []).map(String);
    const values = labels.map((_, i) => Number((spec.values || [])[i]) || 0);
    const notes = labels.map((_, i) => ((spec.notes || [])[i]) || '');
    const marks = new Set(spec.marks || []);
    const emphasis = new Set(spec.emphasis || []);
    const horizontal = Boolean(spec.horizontal);
    const valueLabel = spec.valueLabel || '';

    this._canvas.setAttribute('aria-label', this._describe(spec.caption, labels, values, notes, valueLabel, spec.empty));
    this._frame.style.height = (horizontal
        ? Math.max(120, labels.length * ROW_HEIGHT + 60) : VERTICAL_HEIGHT) + 'px';
    if (!this.isConnected || labels.length === 0) return;

    const pattern = marks.size ? correctPattern() : null;
    const look = labels.map((_, i) => (marks.has(i) ? CORRECT : emphasis.has(i) ? EMPHASIS : PLAIN));
    const valueAxis = {
      beginAtZero: true,
      ticks: { precision: 0, color: TEXT },
      grid: { color: GRID },
      title: { display: Boolean(valueLabel), text: valueLabel, color: TEXT },
    };
    const categoryAxis = {
      ticks: { color: TEXT, autoSkip: false, callback(value) { return shorten(String(this.getLabelForValue(value))); } },
      grid: { display: false },
    };
    const font = getComputedStyle(this).fontFamily;
    this._chart = new Chart(this._canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [{
          label: valueLabel,
          data: values,
          backgroundColor: look.map((l, i) => (marks.has(i) ? pattern : l.fill)),
          borderColor: look.map((l) => l.border),
          borderWidth: look.map((l) => l.width),
          borderSkipped: false,
          maxBarThickness: 56,
        }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: TEXT,
        font: font ? { family: font } : undefined,
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => `${item.formattedValue} ${valueLabel}`.trim()
                  + (notes[item.dataIndex] ? ` (${notes[item.dataIndex]})` : ''),
            },
          },
        },
      },
    });
  }

  _describe(caption, labels, values, notes, valueLabel, empty) {
    const bars = labels.map((label, i) => `${label}: ${values[i]}${valueLabel ? ' ' + valueLabel : ''}`
        + (notes[i] ? ` (${notes[i]})` : ''));
    const body = bars.length ? bars.join(', ') : (empty || 'no data');
    return caption ? `${caption}. ${body}` : body;
  }
}

if (!customElements.get('sl-bar-chart')) {
  customElements.define('sl-bar-chart', BarChart);
}
