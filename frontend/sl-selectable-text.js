/*
 * <sl-selectable-text>: wraps an article rendered with paragraph blocks marked `data-anchor` and turns
 * the reader's selection into positions the server can check: the anchor of the paragraph where it
 * starts and ends and the character offsets within them, plus the selected text. The server never
 * trusts these; it checks them against the stored article text.
 *
 * Ways to select:
 *  - mouse or touch: the browser's own selection;
 *  - keyboard: focus the text (it is in the tab order) and press S for sentence-by-sentence mode.
 *    Down/Right go to the next sentence, Up/Left to the previous one; with Shift they widen or narrow
 *    the selection by a sentence; Alt+Shift+Right/Left move its end by a word and Alt+Shift+Up/Down
 *    its start (so a single word in the middle of a sentence can be chosen); Enter confirms
 *    (the page moves on to the tag), Escape leaves the mode and keeps the selection.
 *
 * Events (bubbling, composed):
 *  - `sl-selection`  detail {startAnchor, startOffset, endAnchor, endOffset, text}, or {} when cleared;
 *  - `sl-selection-confirm` when Enter is pressed in sentence mode with a selection;
 *  - `sl-mark` detail {id} when a highlight (`mark[data-highlight]`) is clicked without selecting.
 */
const SENTENCE = /[^.!?…]+(?:[.!?…]+["'”’)\]]*|$)/g;
const WORD = /\S+/g;
/** The announcements when the server has not set `texts` (see _text). */
const ENGLISH = {
  sentenceMode: 'Sentence mode. Down and Up move by sentence, Shift widens, Enter confirms, Escape leaves. ',
  sentenceModeOff: 'Sentence mode off. The selection is kept.',
  sentenceOf: 'Sentence {0} of {1}: ',
  sentencesSelected: '{0} sentences selected: ',
  selected: 'Selected: ',
};

class SelectableText extends HTMLElement {
  constructor() {
    super();
    this._last = null;
    this._sentenceMode = false;
    this._sentences = [];
    this._span = null; // {from, to} indexes into _sentences while in sentence mode
    this._pointerInside = false;
    this._notifyTimer = 0;
    this._onSelectionChange = () => this._selectionChanged();
    this._onKeyDown = (event) => this._keyDown(event);
    this._onPointerDown = () => { this._pointerInside = true; };
    this._onPointerUpAnywhere = () => setTimeout(() => { this._pointerInside = false; }, 0);
    // A press anywhere else (the highlight button, say) first sends a selection still waiting to be
    // sent, so that the server has it before the button's click.
    this._onPressAnywhere = (event) => {
      if (!this.contains(event.target)) this._flush();
    };
    this._observer = new MutationObserver(() => this._restore());
    // A click on a highlight (not the end of a drag) asks the page to show that highlight in its list.
    this._onClick = (event) => {
      const mark = event.target.closest && event.target.closest('mark[data-highlight]');
      const selection = window.getSelection();
      if (mark && this.contains(mark) && (!selection || selection.isCollapsed)) {
        this.dispatchEvent(new CustomEvent('sl-mark', {
          bubbles: true, composed: true, detail: { id: Number(mark.dataset.highlight) },
        }));
      }
    };
    // The announcements live in the shadow root so that the server's children stay exactly as it placed them.
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<slot></slot><span aria-live="polite" part="status" style="position:absolute;width:1px;'
        + 'height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap"></span>';
    this._status = root.querySelector('span');
  }

  connectedCallback() {
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '0');
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) {
      this.setAttribute('aria-label', 'Article text. Press S to select sentence by sentence.');
    }
    document.addEventListener('selectionchange', this._onSelectionChange);
    document.addEventListener('pointerup', this._onPointerUpAnywhere);
    document.addEventListener('pointerdown', this._onPressAnywhere, true);
    document.addEventListener('keydown', this._onPressAnywhere, true);
    this.addEventListener('keydown', this._onKeyDown);
    this.addEventListener('pointerdown', this._onPointerDown);
    this.addEventListener('click', this._onClick);
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  disconnectedCallback() {
    document.removeEventListener('selectionchange', this._onSelectionChange);
    document.removeEventListener('pointerup', this._onPointerUpAnywhere);
    document.removeEventListener('pointerdown', this._onPressAnywhere, true);
    document.removeEventListener('keydown', this._onPressAnywhere, true);
    this.removeEventListener('keydown', this._onKeyDown);
    this.removeEventListener('pointerdown', this._onPointerDown);
    this.removeEventListener('click', this._onClick);
    this._observer.disconnect();
  }

  /** The last selection made in this text, or null. */
  get selection() {
    return this._last;
  }

  /** Forgets the selection (after it became a highlight, say) and removes it from the page. */
  clearSelection() {
    this._last = null;
    this._span = null;
    const selection = window.getSelection();
    if (selection && selection.rangeCount > 0 && this.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      selection.removeAllRanges();
    }
    this._notify();
  }

  /** Starts sentence-by-sentence selection and moves the focus to the text. */
  startSentenceMode() {
    this.focus({ preventScroll: true });
    this._enterSentenceMode();
  }

  _blocks() {
    return Array.from(this.querySelectorAll('[data-anchor]'));
  }

  _selectionChanged() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (range.collapsed) {
      // A click inside the text clears it; a tap on a button elsewhere must not (touch screens
      // collapse the selection before the button's action runs).
      if (this._pointerInside && this._last) {
        this._last = null;
        this._notify();
      }
      return;
    }
    const touches = this.contains(range.startContainer) || this.contains(range.endContainer)
        || range.intersectsNode(this);
    if (!touches) return;
    const start = this._clamp(range.startContainer, range.startOffset, true);
    const end = this._clamp(range.endContainer, range.endOffset, false);
    const blocks = this._blocks();
    if (!start || !end || blocks.findIndex((b) => b.dataset.anchor === start[0])
        > blocks.findIndex((b) => b.dataset.anchor === end[0])
        || (start[0] === end[0] && start[1] >= end[1])) {
      // The selection touches the text but covers none of the article's paragraphs (the title, say).
      if (this._last) {
        this._last = null;
        this._notify();
      }
      return;
    }
    // The text is read from the paragraphs themselves, so a drag that began in the title or ended in
    // the notes sends only the article text it covers.
    const covered = document.createRange();
    covered.setStart(...this._point(blocks.find((b) => b.dataset.anchor === start[0]), start[1]));
    covered.setEnd(...this._point(blocks.find((b) => b.dataset.anchor === end[0]), end[1]));
    const text = covered.toString();
    if (!text.trim()) return;
    this._last = { startAnchor: start[0], startOffset: start[1], endAnchor: end[0], endOffset: end[1], text };
    this._notify();
  }

  /** Like _locate, for positions anywhere in the page: outside this text they snap to its first or last block. */
  _clamp(node, offset, isStart) {
    if (this.contains(node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)) {
      return this._locate(node, offset, isStart);
    }
    const blocks = this._blocks();
    if (blocks.length === 0) return null;
    const probe = document.createRange();
    probe.setStart(node, offset);
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    if (probe.comparePoint(first, 0) >= 0) {
      return isStart ? [first.dataset.anchor, 0] : null; // the point lies before the whole text
    }
    return isStart ? null : [last.dataset.anchor, last.textContent.length]; // after it
  }

  /** The paragraph anchor and offset of a DOM position; positions between blocks snap to the nearest block. */
  _locate(node, offset, isStart) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element || !this.contains(element)) return null;
    let block = element.closest('[data-anchor]');
    if (block && !this.contains(block)) block = null;
    if (!block) {
      // A selection that starts or ends between paragraphs (triple click, dragging past the end).
      const blocks = this._blocks();
      const probe = document.createRange();
      probe.setStart(node, offset);
      const after = blocks.filter((b) => probe.comparePoint(b, 0) >= 0);
      if (isStart) {
        block = after[0];
        return block ? [block.dataset.anchor, 0] : null;
      }
      const before = blocks.filter((b) => probe.comparePoint(b, 0) < 0);
      block = before[before.length - 1];
      return block ? [block.dataset.anchor, block.textContent.length] : null;
    }
    const before = document.createRange();
    before.selectNodeContents(block);
    before.setEnd(node, offset);
    return [block.dataset.anchor, before.toString().length];
  }

  _notify() {
    clearTimeout(this._notifyTimer);
    this._pending = true;
    this._notifyTimer = setTimeout(() => this._flush(), 120);
  }

  _flush() {
    if (!this._pending) return;
    clearTimeout(this._notifyTimer);
    this._pending = false;
    this.dispatchEvent(new CustomEvent('sl-selection', {
      bubbles: true, composed: true, detail: this._last ? { ...this._last } : {},
    }));
  }

  /** The DOM position of a character offset in a block. */
  _point(block, offset) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let left = offset;
    let node = walker.nextNode();
    let lastNode = null;
    while (node) {
      if (left <= node.length) return [node, left];
      left -= node.length;
      lastNode = node;
      node = walker.nextNode();
    }
    return lastNode ? [lastNode, lastNode.length] : [block, 0];
  }

  _select(startAnchor, startOffset, endAnchor, endOffset) {
    const blocks = this._blocks();
    const first = blocks.find((b) => b.dataset.anchor === startAnchor);
    const last = blocks.find((b) => b.dataset.anchor === endAnchor);
    if (!first || !last) return null;
    const range = document.createRange();
    range.setStart(...this._point(first, startOffset));
    range.setEnd(...this._point(last, endOffset));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return range;
  }

  /** After the server re-renders the text (a new highlight, a classmate's), puts the selection back. */
  _restore() {
    if (!this._last) return;
    const selection = window.getSelection();
    if (selection && selection.rangeCount > 0 && !selection.getRangeAt(0).collapsed
        && this.contains(selection.getRangeAt(0).startContainer)) {
      return;
    }
    if (document.activeElement && document.activeElement !== this && document.activeElement !== document.body
        && !this.contains(document.activeElement)) {
      return; // the reader is typing elsewhere; do not steal the selection from a text field
    }
    const s = this._last;
    this._select(s.startAnchor, s.startOffset, s.endAnchor, s.endOffset);
  }

  _computeSentences() {
    const sentences = [];
    for (const block of this._blocks()) {
      const text = block.textContent;
      for (const match of text.matchAll(SENTENCE)) {
        let from = match.index;
        let to = match.index + match[0].length;
        while (from < to && /\s/.test(text[from])) from++;
        while (to > from && /\s/.test(text[to - 1])) to--;
        if (to > from) sentences.push({ anchor: block.dataset.anchor, block, from, to });
      }
    }
    return sentences;
  }

  _enterSentenceMode() {
    this._sentences = this._computeSentences();
    if (this._sentences.length === 0) return;
    this._sentenceMode = true;
    this.classList.add('sentence-mode');
    let index = 0;
    if (this._last) {
      const found = this._sentences.findIndex((s) => s.anchor === this._last.startAnchor
          && s.to > this._last.startOffset);
      if (found >= 0) index = found;
    }
    this._span = { from: index, to: index };
    this._apply(this._text('sentenceMode'));
  }

  _leaveSentenceMode() {
    this._sentenceMode = false;
    this.classList.remove('sentence-mode');
    this._say(this._text('sentenceModeOff'));
  }

  _apply(prefix = '') {
    const first = this._sentences[this._span.from];
    const last = this._sentences[this._span.to];
    const range = this._select(first.anchor, first.from, last.anchor, last.to);
    const element = first.block;
    if (element && element.scrollIntoView) element.scrollIntoView({ block: 'nearest' });
    const count = this._span.to - this._span.from + 1;
    const text = range ? range.toString() : '';
    this._say(prefix + (count === 1 ? this._text('sentenceOf', this._span.from + 1, this._sentences.length)
        : this._text('sentencesSelected', count)) + text);
  }

  /**
   * An announcement in the reader's language: the server sets `texts` to a JSON object of patterns
   * ({0}, {1} stand for numbers); English is the fallback for any it leaves out.
   */
  _text(name, ...args) {
    let texts = {};
    try {
      texts = this.texts ? JSON.parse(this.texts) : {};
    } catch (e) {
      console.error('sl-selectable-text: texts is not JSON', e);
    }
    const pattern = texts[name] || ENGLISH[name];
    return pattern.replace(/\{(\d+)\}/g, (whole, index) => String(args[Number(index)]));
  }

  _say(message) {
    this._status.textContent = message;
  }

  /** What the text last announced (for tests and for the page). */
  get announcement() {
    return this._status.textContent;
  }

  _keyDown(event) {
    if (event.target !== this) return; // links inside the text keep their own keys
    const key = event.key;
    if (!this._sentenceMode) {
      if ((key === 's' || key === 'S') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this._enterSentenceMode();
      }
      return;
    }
    const forward = key === 'ArrowDown' || key === 'ArrowRight';
    const backward = key === 'ArrowUp' || key === 'ArrowLeft';
    if (event.altKey && event.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      event.preventDefault();
      this._byWord(key === 'ArrowRight');
    } else if (event.altKey && event.shiftKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      this._startByWord(key === 'ArrowUp');
    } else if (forward || backward) {
      event.preventDefault();
      const span = this._span;
      const lastIndex = this._sentences.length - 1;
      if (event.shiftKey) {
        span.to = Math.max(span.from, Math.min(lastIndex, span.to + (forward ? 1 : -1)));
      } else {
        const next = Math.max(0, Math.min(lastIndex, (forward ? span.to : span.from) + (forward ? 1 : -1)));
        span.from = next;
        span.to = next;
      }
      this._apply();
    } else if (key === 'Enter') {
      event.preventDefault();
      if (this._last) {
        this.dispatchEvent(new CustomEvent('sl-selection-confirm', { bubbles: true, composed: true }));
      }
    } else if (key === 'Escape') {
      event.preventDefault();
      this._leaveSentenceMode();
    }
  }

  /** Moves the start of the current selection by one word (earlier or later), within its first paragraph. */
  _startByWord(earlier) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const start = this._locate(range.startContainer, range.startOffset, true);
    const end = this._locate(range.endContainer, range.endOffset, false);
    if (!start || !end) return;
    const block = this._blocks().find((b) => b.dataset.anchor === start[0]);
    const words = Array.from(block.textContent.matchAll(WORD)).map((m) => [m.index, m.index + m[0].length]);
    let offset = start[1];
    if (earlier) {
      const before = words.filter(([from]) => from < offset);
      if (before.length) offset = before[before.length - 1][0];
    } else {
      const next = words.find(([from]) => from > offset);
      if (next && (end[0] !== start[0] || next[0] < end[1])) offset = next[0];
    }
    const changed = this._select(start[0], offset, end[0], end[1]);
    if (changed) this._say(this._text('selected') + changed.toString());
  }

  /** Moves the end of the current selection by one word, within its last paragraph. */
  _byWord(widen) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const start = this._locate(range.startContainer, range.startOffset, true);
    const end = this._locate(range.endContainer, range.endOffset, false);
    if (!start || !end) return;
    const block = this._blocks().find((b) => b.dataset.anchor === end[0]);
    const text = block.textContent;
    const words = Array.from(text.matchAll(WORD)).map((m) => [m.index, m.index + m[0].length]);
    let offset = end[1];
    if (widen) {
      const next = words.find(([, to]) => to > offset);
      if (next) offset = next[1];
    } else {
      const earlier = words.filter(([, to]) => to < offset);
      const candidate = earlier.length ? earlier[earlier.length - 1][1] : offset;
      if (end[0] !== start[0] || candidate > start[1]) offset = candidate;
    }
    const changed = this._select(start[0], start[1], end[0], offset);
    if (changed) this._say(this._text('selected') + changed.toString());
  }
}

if (!customElements.get('sl-selectable-text')) {
  customElements.define('sl-selectable-text', SelectableText);
}
