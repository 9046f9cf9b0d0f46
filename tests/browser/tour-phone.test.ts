/**
 * The page tour on a phone (tests/support/tour.ts): every page, in light and dark, each loaded once, with
 * everything a load can go wrong with collected during that one load: console errors, exceptions,
 * failed and off-site requests; security-policy violations; layout shift; sideways overflow; WCAG 2.2
 * AA violations. In light, the reader then uses the page (searching, drawing its charts, every feature
 * it offers) and the same load is checked again for layout shift and policy violations. The tour is
 * split by viewport so two test workers share it.
 */
import { tour } from '../support/tour.ts';

tour('phone');
