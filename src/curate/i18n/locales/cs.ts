export const cs = {} as never;
