import type { APIRoute } from 'astro';
import { cardsEndpoint, roleModelListing } from '../../lib/listings';

export const GET: APIRoute = cardsEndpoint(roleModelListing);
