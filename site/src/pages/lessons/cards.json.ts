import type { APIRoute } from 'astro';
import { cardsEndpoint, lessonListing } from '../../lib/listings';

export const GET: APIRoute = cardsEndpoint(lessonListing);
