import type { DashboardFigures, WaitingFigure } from '../store/dashboard.js';
import type { MessageKey, Translator } from './i18n/index.js';

/*
 * Turns the dashboard's figures into what its template draws: SVG shapes with their sizes
 * worked out here, every one with a text alternative (a <title> and a table), so the charts
 * need no script and read the same in a screen reader.
 */

/** Colours per channel, distinguishable with the most common colour blindness (Okabe-Ito). */
const CHANNEL_COLOURS: Readonly<Record<string, string>> = {
  email: '#0072B2',
  phone: '#D55E00',
  chat: '#009E73',
  skype: '#56B4E9',
  gg: '#E69F00',
  messenger: '#CC79A7',
  text: '#5f6b7a',
};

const HEAT_COLOURS = ['#f3f5f7', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

const BAR_CHART = { width: 640, height: 220, top: 10, bottom: 30, left: 40 };
const HEAT = { cell: 22, left: 44, top: 20 };

function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function weeklyChart(figures: DashboardFigures, t: Translator) {
  const weeks = [...new Set(figures.weeks.map((row) => row.week))].sort();
  const channels = [...new Set(figures.weeks.map((row) => row.channel))].sort();
  const count = (week: string, channel: string) => figures.weeks.find((row) => row.week === week && row.channel === channel)?.questions ?? 0;
  const totals = weeks.map((week) => channels.reduce((sum, channel) => sum + count(week, channel), 0));
  const max = Math.max(1, ...totals);
  const plotHeight = BAR_CHART.height - BAR_CHART.top - BAR_CHART.bottom;
  const slot = (BAR_CHART.width - BAR_CHART.left) / Math.max(1, weeks.length);
  const bars = weeks.flatMap((week, index) => {
    let base = BAR_CHART.top + plotHeight;
    return channels.map((channel) => {
      const questions = count(week, channel);
      const height = (questions / max) * plotHeight;
      base -= height;
      return {
        x: (BAR_CHART.left + index * slot + slot * 0.15).toFixed(1),
        y: base.toFixed(1),
        width: (slot * 0.7).toFixed(1),
        height: height.toFixed(1),
        fill: CHANNEL_COLOURS[channel] ?? '#777',
        label: `${t.t('dashboard.weekOf', { date: t.formatDate(week, 'date') })}, ${t.t(`channel.${channel}` as MessageKey)}: ${t.t('count.questions', { count: questions })}`,
      };
    }).filter((bar) => bar.height !== '0.0');
  });
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 6));
  return {
    viewBox: `0 0 ${BAR_CHART.width} ${BAR_CHART.height}`,
    bars,
    axis: { x1: BAR_CHART.left, x2: BAR_CHART.width, y: BAR_CHART.top + plotHeight },
    maxLabel: { text: t.formatNumber(max), y: BAR_CHART.top + 10 },
    weekLabels: weeks
      .map((week, index) => ({ text: t.formatDate(week, 'date'), x: (BAR_CHART.left + index * slot + slot / 2).toFixed(1), y: BAR_CHART.height - 8, index }))
      .filter((label) => label.index % labelEvery === 0),
    legend: channels.map((channel) => ({ channel, fill: CHANNEL_COLOURS[channel] ?? '#777' })),
    table: {
      channels,
      rows: weeks.map((week, index) => ({ week, counts: channels.map((channel) => count(week, channel)), total: totals[index] })),
    },
  };
}

const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Maps a UTC hour to its hour-of-week in the shop's time zone: Monday 0 .. Sunday 6, hour 0..23. */
function localSlots(timeZone: string): (hourIso: string) => { day: number; hour: number } {
  // One formatter for every bucket: creating Intl formatters is what would make the page slow.
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
  return (hourIso) => {
    const parts = format.formatToParts(new Date(hourIso));
    const weekday = parts.find((part) => part.type === 'weekday')?.value ?? 'Mon';
    return { day: WEEKDAYS_EN.indexOf(weekday), hour: Number(parts.find((part) => part.type === 'hour')?.value ?? 0) };
  };
}

function heatMap(figures: DashboardFigures, t: Translator) {
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const slotOf = localSlots(t.timeZone);
  for (const bucket of figures.hours) {
    const { day, hour } = slotOf(bucket.hour);
    if (day >= 0) grid[day]![hour]! += bucket.questions;
  }
  const max = Math.max(1, ...grid.flat());
  const weekdays = t.weekdayNames('short');
  const longWeekdays = t.weekdayNames('long');
  return {
    viewBox: `0 0 ${HEAT.left + 24 * HEAT.cell} ${HEAT.top + 7 * HEAT.cell}`,
    hours: [0, 3, 6, 9, 12, 15, 18, 21].map((hour) => ({ text: String(hour), x: HEAT.left + hour * HEAT.cell + HEAT.cell / 2 })),
    rows: grid.map((counts, day) => ({
      name: weekdays[day],
      y: HEAT.top + day * HEAT.cell,
      textY: HEAT.top + day * HEAT.cell + HEAT.cell * 0.7,
      cells: counts.map((count, hour) => ({
        x: HEAT.left + hour * HEAT.cell,
        size: HEAT.cell - 2,
        fill: HEAT_COLOURS[count === 0 ? 0 : Math.min(4, 1 + Math.floor((count / max) * 3.999))],
        label: t.t('dashboard.heatCell', { weekday: longWeekdays[day], hour, count }),
      })),
      counts,
    })),
    busiest: grid
      .flatMap((counts, day) => counts.map((count, hour) => ({ day: longWeekdays[day], hour, count })))
      .sort((a, b) => b.count - a.count)
      .slice(0, 3)
      .filter((slot) => slot.count > 0),
  };
}

function coverageView(figures: DashboardFigures, t: Translator) {
  const { current, previous } = figures.coverage;
  const now = shareOf(current.covered, current.questions);
  const before = shareOf(previous.covered, previous.questions);
  // Weekly coverage as a sparkline: the trend the single figure hides.
  const weeks = [...new Set(figures.weeks.map((row) => row.week))].sort();
  const weekly = weeks.map((week) => {
    const rows = figures.weeks.filter((row) => row.week === week);
    return shareOf(rows.reduce((sum, row) => sum + row.covered, 0), rows.reduce((sum, row) => sum + row.questions, 0)) ?? 0;
  });
  const step = weekly.length > 1 ? 200 / (weekly.length - 1) : 0;
  return {
    value: now === null ? null : t.formatPercent(now),
    previous: before === null ? null : t.formatPercent(before),
    trend: now === null || before === null ? 'steady' : now > before + 0.005 ? 'rising' : now < before - 0.005 ? 'falling' : 'steady',
    sparkline: weekly.length > 1 ? weekly.map((share, index) => `${(index * step).toFixed(1)},${(38 - share * 36).toFixed(1)}`).join(' ') : null,
    sparklineLabel: t.t('topics.trend.label', { values: weekly.map((share) => t.formatPercent(share)).join(', ') }),
  };
}

function waitingRows(rows: readonly WaitingFigure[], t: Translator, labelOf: (row: WaitingFigure) => string) {
  return rows.map((row) => ({
    label: labelOf(row),
    topicId: row.topicId,
    replied: row.replied,
    median: t.formatDuration(row.medianMs),
    within24h: t.formatPercent(row.within24h),
  }));
}

/** Everything the dashboard template shows, in the page's language and the shop's time zone. */
export function dashboardView(figures: DashboardFigures, t: Translator) {
  return {
    empty: figures.newest === null,
    weekly: weeklyChart(figures, t),
    heat: heatMap(figures, t),
    coverage: coverageView(figures, t),
    repeatContacts: figures.repeatContacts,
    unanswered: figures.unanswered,
    waiting: figures.waiting && {
      byChannel: waitingRows(figures.waiting.byChannel, t, (row) => t.t(`channel.${row.key}` as MessageKey)),
      byTopic: waitingRows(figures.waiting.byTopic, t, (row) => row.key),
    },
    inconsistent: figures.inconsistent,
    lastImport: figures.lastImport,
  };
}
