// A cell value as the read-back dumps compare it: dates as ISO text to the nearest second, without a zone.
exports.plain = (value) =>
  value instanceof Date ? new Date(Math.round(value.getTime() / 1000) * 1000).toISOString().slice(0, 19) : value;
