import { alsoLead, detailsText, emptyKitText, servesText } from '../model/kit-markdown.ts';
import { groupId, type Kit, type KitEntry, sectionId } from '../model/kit-view.ts';
import { el } from './dom.ts';

/*
 * The kit picked on /review/, written into the page with the markup of
 * src/components/review-kit-list.astro (which writes the pre-rendered kits): same groups, same ids.
 * `base` is the site's base path, ending in `/`, that every link goes under.
 */
export function renderKit(container: HTMLElement, kit: Kit, base: string): void {
  const href = (path: string) => `${base}${path.replace(/^\//, '')}`;
  const entry = (e: KitEntry) => {
    const li = el('li', {}, [el('a', { href: href(e.item.href) }, [e.item.title])]);
    li.dataset.kitItem = '';
    if (detailsText(e)) li.append(el('span', { className: 'kit-note' }, [detailsText(e)]));
    if (servesText(e)) li.append(el('span', { className: 'kit-serves' }, [servesText(e)]));
    if (e.item.also) {
      const links = e.item.also.flatMap((a, i) => [...(i ? [', '] : []), el('a', { href: href(a.href) }, [a.label])]);
      li.append(el('span', { className: 'kit-also' }, [alsoLead(e), ...links]));
    }
    return li;
  };
  const groups = kit.groups.map((g) => {
    const sections = g.sections.map((s) => {
      const heading = el('h3', { id: sectionId(g.key, s.kind) }, [
        `${s.title} `,
        el('span', { className: 'count' }, [`(${s.entries.length})`]),
      ]);
      const section = el('section', { className: 'kit-section' }, [
        heading,
        el('ul', { className: 'kit-list' }, s.entries.map(entry)),
      ]);
      section.setAttribute('aria-labelledby', heading.id);
      return section;
    });
    const group = el('section', { className: 'kit-group' }, [el('h2', { id: groupId(g.key) }, [g.title]), ...sections]);
    group.setAttribute('aria-labelledby', groupId(g.key));
    return group;
  });
  const empty = el('p', { className: 'note' }, [emptyKitText(kit)]);
  empty.dataset.kitEmpty = '';
  container.replaceChildren(...(groups.length ? groups : [empty]));
}
