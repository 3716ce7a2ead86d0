import Card, { type CardData } from './Card';

export default function CardGrid({ cards, person = false, label }: { cards: CardData[]; person?: boolean; label?: string }) {
  return (
    <ul className={person ? 'grid grid--people' : 'grid'} aria-label={label}>
      {cards.map((card) => (
        <li key={card.href}>
          <Card card={card} person={person} />
        </li>
      ))}
    </ul>
  );
}
