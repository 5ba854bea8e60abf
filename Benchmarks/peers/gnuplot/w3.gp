# gnuplot peer, W3: 12 small multiples (4 columns x 3 rows) of 40 points each, each panel
# with its own title and axes, 1600x1200.
# usage: gnuplot -e "fmt='png'; out='w3.png'; data='Benchmarks/data/w3.csv'" w3.gp
# The CSV is long-form (panel,x,y), 40 rows per panel in file order; panel p is rows
# (p-1)*40 .. p*40-1 (every ::first::last), its title is read from the panel column.
if (!exists("fmt")) fmt = 'png'
if (!exists("out")) out = 'w3.' . fmt
if (!exists("data")) data = 'Benchmarks/data/w3.csv'

if (fmt eq 'svg') {
    set terminal svg size 1600,1200 font 'Noto Sans,10' background rgb 'white'
} else {
    set terminal pngcairo size 1600,1200 font 'Noto Sans,10' background rgb 'white'
}
set output out
set datafile separator ','

NPANELS = 12
NPOINTS = 40
set border 3
set xtics nomirror
set ytics nomirror
unset key
set multiplot layout 3,4 margins 0.05, 0.98, 0.05, 0.95 spacing 0.05, 0.08
do for [p=1:NPANELS] {
    first = (p - 1) * NPOINTS
    last = p * NPOINTS - 1
    # Panel name from the data: stats keeps the last string seen in column 1.
    stats data skip 1 every ::first::first using (name = strcol(1), 0) nooutput
    set title name font 'Noto Sans Bold,12' left offset graph -0.42, 0
    plot data skip 1 every ::first::last using 2:3 with lines lw 1.2 lc rgb '#08519c'
}
unset multiplot
