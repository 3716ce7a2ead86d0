import type { PictureData } from '../lib/pictures';
import Picture from './Picture';

/** What every listing card shows; built at build time by lib/cards.ts. */
export interface CardData {
  href: string;
  title: string;
  picture?: PictureData;
  /** Shown when there is no picture, e.g. a person without a published photo. */
  placeholder?: string;
  badge?: string;
  meta: string[];
  summary?: string | null;
  /** Extra lines, e.g. the names that matched a search. */
  notes?: string[];
}

export default function Card({ card, person = false }: { card: CardData; person?: boolean }) {
  return (
    <article className={person ? 'card card--person' : 'card'}>
      {card.picture ? (
        <Picture picture={card.picture} />
      ) : (
        card.placeholder && (
          <div className="card__placeholder" aria-hidden="true">
            {card.placeholder}
          </div>
        )
      )}
      <div className="card__body">
        {card.badge && <span className="badge">{card.badge}</span>}
        <h3 className="card__title">
          <a href={card.href}>{card.title}</a>
        </h3>
        {card.meta.length > 0 && (
          <div className="meta">
            {card.meta.map((item) => (
              <span key={item}>{item}</span>
            ))}
          </div>
        )}
        {card.summary && <p>{card.summary}</p>}
        {card.notes?.map((note) => (
          <p key={note} className="card__note">
            {note}
          </p>
        ))}
      </div>
    </article>
  );
}
