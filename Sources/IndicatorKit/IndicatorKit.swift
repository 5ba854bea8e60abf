// IndicatorKit: the model, strict loading of Frictionless data packages, growth analysis across
// irregular periods, and number formatting for English and Vietnamese.
