/// ChartKit: scales, layout and Scene (no Cairo).
