/** 张明 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明: the first and last characters stay. */
export function maskName(name: string): string {
  const characters = [...name.trim()];
  if (characters.length <= 1) return name;
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters.at(-1)}`;
}
