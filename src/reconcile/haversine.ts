// The distance function lives with the places stage, which extraction uses too.
export { haversineKm } from "../places/haversine.js";
