/** The authority's time zone: a Danish receipt says when it was sent in Danish time, wherever it is read. */
const TIME_ZONE = 'Europe/Copenhagen';

/** A moment as a receipt shows it: `{ date: 'dd-mm-åååå', time: 'tt.mm' }` in Danish time; null for no real moment. */
export function sentTime(moment: Date): { date: string; time: string } | null {
  if (Number.isNaN(moment.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('day')}-${part('month')}-${part('year')}`,
    time: `${part('hour')}.${part('minute')}`,
  };
}
