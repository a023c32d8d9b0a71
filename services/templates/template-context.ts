import { withoutTokenCharacters } from '../../core/body/report-markup';
import type { IndicatorNature } from '../../core/indicators/indicator-row';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import {
  followingPeriodLabel,
  followingHeadingName,
  followingSpan,
  cumulativeSpanLabel,
  periodLabel,
  periodNameWithoutYear,
} from '../../core/periods/period-label';
import { startsTheYear, type Period } from '../../core/periods/period';
import type { TemplateManifest } from '../../core/templates/template-manifest';

export interface TemplateIndicatorContext {
  id: string;
  name: string;
  unit: string;
  nature: IndicatorNature;
  planIds: string[];
}

/** What a template sees: names and labels only, never figures (the body stores references). */
export interface TemplateContext {
  organisation: { issuerName: string; place: string; format: string };
  period: {
    label: string;
    name: string;
    year: number;
    kind: string;
    following: string;
    followingLabel: string;
    /** The following span as a heading names it: with its year only when the year changes (`tháng 1 năm 2020`). */
    followingHeading: string;
    followingYear: number;
    cumulativeSpan: string;
    startsTheYear: boolean;
    isYear: boolean;
    isMonth: boolean;
  };
  groups: { id: string; name: string; indicators: TemplateIndicatorContext[] }[];
  indicatorsById: Record<string, TemplateIndicatorContext>;
}

export function templateContext(
  manifest: TemplateManifest,
  organisation: Pick<OrganisationProfile, 'issuerName' | 'place' | 'format'>,
  period: Period,
): TemplateContext {
  const clean = withoutTokenCharacters;
  const indicators = manifest.indicators.map((indicator) => ({
    id: indicator.id,
    name: clean(indicator.name),
    unit: clean(indicator.unit),
    nature: indicator.nature,
    planIds: indicator.plans.map((plan) => plan.id),
  }));
  const indicatorsById: Record<string, TemplateIndicatorContext> = Object.create(null);
  for (const indicator of indicators) indicatorsById[indicator.id] = indicator;
  return {
    organisation: { issuerName: clean(organisation.issuerName), place: clean(organisation.place), format: organisation.format },
    period: {
      label: periodLabel(period),
      name: periodNameWithoutYear(period),
      year: period.year,
      kind: period.kind,
      following: followingSpan(period).label,
      followingLabel: followingPeriodLabel(period),
      followingHeading: followingHeadingName(period),
      followingYear: followingSpan(period).year,
      cumulativeSpan: cumulativeSpanLabel(period),
      startsTheYear: startsTheYear(period),
      isYear: period.kind === 'year',
      isMonth: period.kind === 'month',
    },
    groups: manifest.groups.map((group) => ({
      id: group.id,
      name: clean(group.name),
      indicators: indicators.filter((indicator) => manifest.indicators.find((entry) => entry.id === indicator.id)?.group === group.id),
    })),
    indicatorsById,
  };
}
