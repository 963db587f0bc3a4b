/** Apple's size for a home-screen icon on current iPhones; smaller devices scale it down. */
export const touchIconSize = 180;
