import type { APIRoute } from 'astro';
import { cardsEndpoint, awardListing } from '../../lib/listings';

export const GET: APIRoute = cardsEndpoint(awardListing);
