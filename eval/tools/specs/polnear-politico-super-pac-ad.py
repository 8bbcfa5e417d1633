ARTICLE = 'polnear:train/text/politico_2016-03-12_super-pac-ad-hits-trump-on-escal.txt'
C('event', 'Super PAC ad hits Trump on escalating violence')
C('event', "The rising violence at Donald Trump's rallies and the assault allegations facing his campaign manager are the focus of a new television ad from Our Principles PAC")
C('statistic', "which is spending millions in an effort to prevent the businessman from winning Tuesday's primaries in Florida and Ohio")
Q('millions', 1e6, 'currency', currency='USD', max=1e7, approx=True, ctx='spending millions')
C('prediction', 'The 60-second spot, which is airing on national cable and could hit Florida airwaves Monday')
Q('60-second', 60, 'seconds')
C('event', "starts with a montage of Trump's comments about wanting to punch protesters In the face and goes on to highlight the alleged assault of Breitbart reporter Michelle Fields by Corey Lewandowski, Trump's campaign manager")
C('event', 'It also includes video footage of the 78-year-old Trump supporter who punched a black protester in the face last week as he was being escorted out of a Trump rally')
Q('78-year-old', 78, 'years')
C('quote', 'dangerous and reckless')

F('missing-context', 'millions', 'vague amount with no unit or time frame: millions of dollars over what period?', ctx='spending millions')
