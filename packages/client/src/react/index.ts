export { useHallFeed } from './use-hall-feed';
