/**
 * Reconnecting to Redis (every connection of the app uses it): quickly at
 * first, then every half second, so a restarted Redis is used again within a second.
 * @param {number} attempt
 * @returns {number}
 */
export const reconnectDelay = (attempt) => Math.min(attempt * 100, 500);
