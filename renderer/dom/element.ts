type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  attributes?: Record<string, string | number | boolean | null | undefined>;
  text?: string;
  on?: { [Event in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[Event]) => void };
}

/** Creates an element with classes, attributes, listeners and children: the one DOM helper of the interface. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (options.className) created.className = options.className;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    created.setAttribute(name, value === true ? '' : String(value));
  }
  if (options.text !== undefined) created.textContent = options.text;
  for (const [type, listener] of Object.entries(options.on ?? {})) created.addEventListener(type, listener as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    created.append(child);
  }
  return created;
}

export function clear(node: Element): void {
  node.replaceChildren();
}
