# gnuplot peer, W1: grouped bars with value labels, title, subtitle and source line, 1200x675.
# usage: gnuplot -e "fmt='png'; out='w1.png'; data='Benchmarks/data/w1.csv'" w1.gp
# The CSV is long-form (indicator,period,value), 3 periods per indicator in file order:
# row r -> group int(r/3), period r%3. The key's period names are those of the generated data.
if (!exists("fmt")) fmt = 'png'
if (!exists("out")) out = 'w1.' . fmt
if (!exists("data")) data = 'Benchmarks/data/w1.csv'

if (fmt eq 'svg') {
    set terminal svg size 1200,675 font 'Noto Sans,11' background rgb 'white'
} else {
    set terminal pngcairo size 1200,675 font 'Noto Sans,11' background rgb 'white'
}
set output out
set datafile separator ','

NP = 3                      # periods per indicator
BW = 0.8 / NP               # bar slot width
xpos(row) = int(row) / NP + (int(row) % NP - (NP - 1) / 2.0) * BW
array colour[3] = [0x9ecae1, 0x4292c6, 0x08519c]
array period[3] = ['2016-2018', '2019-2021', '2021-2023']

set label 1 'Engagement indicators by period' at screen 0.07, 0.94 font 'Noto Sans Bold,22' front
set label 2 'Four indicators across three periods, grouped' at screen 0.07, 0.885 font 'Noto Sans,14' textcolor rgb '#444444' front
set label 3 'Source: synthetic benchmark data (seed 20231218)' at screen 0.07, 0.04 font 'Noto Sans,9' textcolor rgb '#666666' front
set lmargin at screen 0.07
set rmargin at screen 0.97
set tmargin at screen 0.80
set bmargin at screen 0.16

set style fill solid 1.0 noborder
set boxwidth BW * 0.92 absolute
set border 3
set xtics nomirror scale 0 font 'Noto Sans,11'
set ytics nomirror
set xrange [-0.5:3.5]
set yrange [0:*]
set offsets 0, 0, graph 0.12, 0
set key top left horizontal reverse Left samplen 2 width 2 font 'Noto Sans,11'

# One series per period (every NP::k picks rows k, k+NP, ...); its title is that period's name.
# The xtic labels come from an invisible series at the group centres.
plot for [k=0:NP-1] data skip 1 every NP::k using (xpos($0 * NP + k)):3 \
         with boxes lc rgb colour[k+1] title period[k+1], \
     for [k=0:NP-1] data skip 1 every NP::k using (xpos($0 * NP + k)):3:(sprintf('%.1f', $3)) \
         with labels offset 0, 0.8 font 'Noto Sans Bold,10' notitle, \
     data skip 1 every NP::1 using ($0):(NaN):xtic(1) with points notitle
