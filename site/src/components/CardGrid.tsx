import Card, { type CardData } from './Card';

/** A list of cards; the section around it carries the heading that names it. */
export default function CardGrid({ cards, person = false }: { cards: CardData[]; person?: boolean }) {
  return (
    <ul className={person ? 'grid grid--people' : 'grid'}>
      {cards.map((card) => (
        <li key={card.href}>
          <Card card={card} person={person} />
        </li>
      ))}
    </ul>
  );
}
